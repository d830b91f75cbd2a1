import type { LabComponent } from '../lib/component.ts';

/** Every part of the lab; lab.ts orders them by dependsOn. */
export const components: LabComponent[] = [];
