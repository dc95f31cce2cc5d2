import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { MENU, visibleEntries } from './menu-config';

/** The side menu: the MENU entries the user's roles may see. */
export const Menu = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  return (
    <RaMenu>
      {visibleEntries(MENU, permissions).map((entry) => {
        const Icon = entry.icon;
        const Badge = entry.badge;
        const icon = Badge ? (
          <Badge>
            <Icon />
          </Badge>
        ) : (
          <Icon />
        );
        return <RaMenu.Item key={entry.to} to={entry.to} primaryText={translate(entry.label)} leftIcon={icon} />;
      })}
    </RaMenu>
  );
};
