export { MatterMaterials } from './MatterMaterials';
export { StagedUploads } from './StagedUploads';
export { withMaterialMethods } from './dataProvider';
