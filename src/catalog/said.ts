// Said words (an English template and its values) are built in the engine (kubectl's refusals) and
// in src/scenario (a file's errors); catalogs here say them in another language.
export { say, w, type Said } from '../engine/core/said';
