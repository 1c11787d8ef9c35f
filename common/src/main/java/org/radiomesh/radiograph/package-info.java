/**
 * Simulated radiographs of a {@link org.radiomesh.anatomy.MaterialField}: panoramic radiographs (orthopantomograms)
 * along a focal trough ({@link org.radiomesh.radiograph.PanoramicSimulator}), intraoral views, CBCT volumes in
 * Hounsfield units, tooth boxes on the image in DENTEX's COCO layout, and PNG previews.
 *
 * <p>Shared conventions: millimetres; +z is up; arch curves run from the patient's right to left; pixel values are
 * 12-bit (0..4095) with bright meaning more attenuation; attenuation μ is {@link org.radiomesh.anatomy.Material#mu()}
 * in 1/mm. Every simulator is deterministic: the same field, options and seed give byte-identical pixels, whatever the
 * thread count and platform ({@link java.lang.StrictMath} and a fixed random generator).
 */
package org.radiomesh.radiograph;
