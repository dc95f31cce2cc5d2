import { OwPropertiesProvider } from './OwPropertiesProvider';

/** didi module: our properties provider for the `ow` BPMN extension. */
export const owPropertiesModule = {
  __init__: ['owPropertiesProvider'],
  owPropertiesProvider: ['type', OwPropertiesProvider],
};
