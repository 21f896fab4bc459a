/**
 * The simulator for browsers (and test environments) without Web Workers: loaded only there, so
 * the Simulate view's own chunk does not carry the simulator the worker already has.
 */
export { SimulationSession } from '@ecr-designer/model';
