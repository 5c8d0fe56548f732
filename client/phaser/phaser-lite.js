/**
 * The part of Phaser the client uses (#18, bundle size): the map and the negotiation table need a Game, Scenes
 * with cameras, tweens, a clock and the JSON loader, and six game objects (Graphics, Text, Image, Container,
 * Layer, Rectangle: the signing confetti). Phaser's own entry (node_modules/phaser/src/phaser.js) also brings Arcade and Matter physics, sound,
 * tilemaps, particles, video and every other game object: 357 KB of gzip JavaScript against 195 KB here.
 * vite.config.ts points `import * as Phaser from "phaser"` here (types still come from phaser's own .d.ts) and
 * sets the build flags Phaser's webpack build sets: both renderers, no sound, no WebGL debug, no FB Instant.
 * Importing a factory or plugin file registers it (GameObjectFactory.register, PluginCache.register), which is
 * what `this.add.graphics()`, `this.tweens` and `this.load.json()` need. Import order matters: see the renderer.
 */
import "phaser-src/polyfills/requestVideoFrame";
import CONST from "phaser-src/const";
// The renderer before any camera or game object: its WebGL render nodes require one another in a cycle that only
// resolves when entered from the renderer's index (as Phaser's own entry happens to).
import "phaser-src/renderer";
import CameraModule from "phaser-src/cameras";
import ColorModule from "phaser-src/display/color";
import GameClass from "phaser-src/core/Game";
import ContainerClass from "phaser-src/gameobjects/container/Container";
import GraphicsClass from "phaser-src/gameobjects/graphics/Graphics";
import ImageClass from "phaser-src/gameobjects/image/Image";
import LayerClass from "phaser-src/gameobjects/layer/Layer";
import RectangleClass from "phaser-src/gameobjects/shape/rectangle/Rectangle";
import TextClass from "phaser-src/gameobjects/text/Text";
import Vector2Class from "phaser-src/math/Vector2";
import ScaleModule from "phaser-src/scale";
import SceneClass from "phaser-src/scene/Scene";
// Registrations: the core scene plugins (events, display and update lists, add/make, scene and data plugins), the
// factories behind this.add.*, the scene plugins behind this.tweens, this.time, this.load and the pointer input,
// and the one loader file type used (JSON: the world TopoJSON).
import "phaser-src/events/EventEmitter";
import "phaser-src/gameobjects/DisplayList";
import "phaser-src/gameobjects/UpdateList";
import "phaser-src/gameobjects/GameObjectCreator";
import "phaser-src/gameobjects/GameObjectFactory";
import "phaser-src/scene/ScenePlugin";
import "phaser-src/data/DataManagerPlugin";
import "phaser-src/gameobjects/container/ContainerFactory";
import "phaser-src/gameobjects/graphics/GraphicsFactory";
import "phaser-src/gameobjects/image/ImageFactory";
import "phaser-src/gameobjects/layer/LayerFactory";
import "phaser-src/gameobjects/shape/rectangle/RectangleFactory";
import "phaser-src/gameobjects/text/TextFactory";
import "phaser-src/tweens/TweenManager";
import "phaser-src/time/Clock";
import "phaser-src/loader/LoaderPlugin";
import "phaser-src/loader/filetypes/JSONFile";
import "phaser-src/input/InputPlugin";
import "phaser-src/input/mouse";
import "phaser-src/input/touch";

export const Cameras = CameraModule;
export const Display = { Color: ColorModule };
export const Game = GameClass;
export const GameObjects = {
  Container: ContainerClass,
  Graphics: GraphicsClass,
  Image: ImageClass,
  Layer: LayerClass,
  Rectangle: RectangleClass,
  Text: TextClass,
};
export const Math = { Vector2: Vector2Class };
export const Scale = ScaleModule;
export const Scene = SceneClass;
export const AUTO = CONST.AUTO;
export const CANVAS = CONST.CANVAS;
export const WEBGL = CONST.WEBGL;
