// radiomesh run report: the 3D viewer. Loaded as a module after three.js (embedded in #three-js as text) is imported
// from a blob: URL, so the page works from file:// with no network. Meshes come from #viewer-data (JSON: id, label,
// base64 little-endian float32 positions and uint32 indices). Drag to rotate, wheel to zoom, double-click to reset.
const status = document.getElementById('viewer-status');
function fail(message) {
  status.textContent = 'error: ' + message;
  status.dataset.state = 'error';
  throw new Error('3D viewer: ' + message);
}
function decode(b64, Type) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Type(bytes.buffer);
}
const threeSource = document.getElementById('three-js').textContent;
const url = URL.createObjectURL(new Blob([threeSource], {type: 'text/javascript'}));
const THREE = await import(url);
URL.revokeObjectURL(url);
const meshes = JSON.parse(document.getElementById('viewer-data').textContent);
const grid = document.getElementById('viewer');
let drawn = 0;
for (const m of meshes) {
  const cell = document.createElement('figure');
  cell.className = 'viewer-cell';
  const canvas = document.createElement('canvas');
  canvas.width = 420;
  canvas.height = 320;
  canvas.className = 'viewer-canvas';
  const caption = document.createElement('figcaption');
  caption.textContent = m.label;
  cell.append(canvas, caption);
  grid.append(cell);
  let renderer;
  try {
    renderer = new THREE.WebGLRenderer({canvas, antialias: true, preserveDrawingBuffer: true});
  } catch (e) {
    fail('WebGL is not available in this browser (' + e.message + ')');
  }
  renderer.setClearColor(0xf4f6f8);
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(decode(m.positions, Float32Array), 3));
  geometry.setIndex(new THREE.BufferAttribute(decode(m.indices, Uint32Array), 1));
  geometry.computeVertexNormals();
  geometry.computeBoundingSphere();
  const sphere = geometry.boundingSphere;
  geometry.translate(-sphere.center.x, -sphere.center.y, -sphere.center.z);
  const radius = sphere.radius > 0 ? sphere.radius : 1;
  const material = new THREE.MeshStandardMaterial({color: 0xd8c9a8, roughness: 0.6, metalness: 0.05,
    side: THREE.DoubleSide});
  const object = new THREE.Mesh(geometry, material);
  const scene = new THREE.Scene();
  scene.add(object);
  scene.add(new THREE.HemisphereLight(0xffffff, 0x445566, 1.6));
  const key = new THREE.DirectionalLight(0xffffff, 2.2);
  key.position.set(1, 1.5, 2);
  scene.add(key);
  const camera = new THREE.PerspectiveCamera(40, canvas.width / canvas.height, radius / 100, radius * 100);
  const home = {yaw: 0.6, pitch: 0.35, distance: radius / Math.sin(THREE.MathUtils.degToRad(20)) * 1.05};
  const view = {...home};
  const render = () => {
    object.rotation.set(view.pitch, view.yaw, 0);
    camera.position.set(0, 0, view.distance);
    camera.lookAt(0, 0, 0);
    renderer.render(scene, camera);
  };
  let last = null;
  canvas.addEventListener('pointerdown', e => { last = [e.clientX, e.clientY]; canvas.setPointerCapture(e.pointerId); });
  canvas.addEventListener('pointerup', () => { last = null; });
  canvas.addEventListener('pointermove', e => {
    if (!last) return;
    view.yaw += (e.clientX - last[0]) * 0.01;
    view.pitch = Math.max(-1.5, Math.min(1.5, view.pitch + (e.clientY - last[1]) * 0.01));
    last = [e.clientX, e.clientY];
    render();
  });
  canvas.addEventListener('wheel', e => {
    e.preventDefault();
    view.distance = Math.max(radius * 0.5, Math.min(radius * 50, view.distance * Math.exp(e.deltaY * 0.001)));
    render();
  }, {passive: false});
  canvas.addEventListener('dblclick', () => { Object.assign(view, home); render(); });
  render();
  const r = canvas.getBoundingClientRect();
  canvas.dataset.rect = [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height].map(Math.round).join(',');
  drawn++;
}
status.textContent = 'ready: ' + drawn + ' mesh(es), three.js r' + THREE.REVISION;
status.dataset.state = 'ready';
