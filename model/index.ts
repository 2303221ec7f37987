export * from './graph.schema.js';
export * from './gold.schema.js';
export * from './api.schema.js';
