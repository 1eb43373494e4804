// The three.js classes the scene's JSX elements stand for (<mesh> is Mesh, <boxGeometry> is
// BoxGeometry, ...): R3F's <Canvas> registers `import * as THREE from 'three'` as its catalogue,
// which keeps all of three (loaders, animation, audio, every geometry) in the JavaScript loaded
// before the first frame. vite.config.ts (tpx-three-catalogue) gives <Canvas> this module as its
// 'three' instead, so only these classes are registered and the rest of three is tree-shaken.
// A new element in the scene needs its class here: tests/unit/scene/three-catalogue.test.ts
// checks every three.js JSX element in src/scene and src/app against this list (the built app would fail
// with "R3F: X is not part of the THREE namespace").
export {
  BoxGeometry,
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  SphereGeometry,
} from 'three'
