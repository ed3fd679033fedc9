// Loaded asynchronously by MotionProvider so the animation features stay out of the first bundle.
import { domAnimation } from 'motion/react';

export const features = domAnimation;
