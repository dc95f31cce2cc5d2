import { useTranslate } from 'react-admin';

/** The title of pages that set none (the dashboard): the product's tagline. */
export const DefaultTitle = () => <span>{useTranslate()('ow.layout.productTagline')}</span>;
