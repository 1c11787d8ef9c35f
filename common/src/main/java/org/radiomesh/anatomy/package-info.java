/**
 * Dental anatomy: materials with their attenuation, labelled solid models ({@link org.radiomesh.anatomy.MaterialField}),
 * parametric teeth, arches and conditions.
 */
package org.radiomesh.anatomy;
