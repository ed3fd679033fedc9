// Loaded on demand by LazyMotion, so the animation features never block the first paint.
import { domAnimation } from 'motion/react';

export const features = domAnimation;
