/**
 * Pixels for models: decoding DICOM (PixelMed) and PNG/JPEG/TIFF radiographs (JDK ImageIO) into float images in
 * [0, 1] through the DICOM grayscale pipeline ({@link org.radiomesh.imaging.ImageDecoder}), resampling and
 * normalising them to a model's input size ({@link org.radiomesh.imaging.ModelInputEncoder}). Volumes built from CT,
 * CBCT and MR series live in {@code org.radiomesh.imaging.series}.
 */
package org.radiomesh.imaging;
