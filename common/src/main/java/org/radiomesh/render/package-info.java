/**
 * Software rendering of triangle meshes: calibrated pinhole cameras and camera layouts ({@link
 * org.radiomesh.render.Camera}, {@link org.radiomesh.render.CameraRing}, {@link org.radiomesh.render.CamerasJson}), a
 * z-buffered rasterizer producing shading, silhouette, depth, normal and label maps ({@link
 * org.radiomesh.render.Rasterizer}, {@link org.radiomesh.render.RenderedView}), and PNG output ({@link
 * org.radiomesh.render.ViewPng}, {@link org.radiomesh.render.Turntable}).
 *
 * <p>Conventions throughout: OpenCV camera axes (x right, y down, z forward), {@code x_cam = R·x_world + t}, pixel
 * centres at integer (u, v), world units = mesh units (millimetres in radiomesh), depth = camera z.
 */
package org.radiomesh.render;
