/**
 * One setting of V8's optimizing compiler for the whole process (the
 * worker threads included), made when the pool or the stages' module is
 * loaded (so before any worker starts), long before their code is hot:
 * array builtins (`map`, `filter`, `some`, `find`, spreads) are called
 * from optimized code, not inlined into it.
 *
 * Inlined, each is specialised to the arrays seen so far (their elements
 * kind: small integers, doubles, objects, with holes or not), and an array
 * of a kind not yet seen there, hundreds of documents later (an empty
 * literal where a filtered list came before), throws the whole optimized
 * function away: `--trace-deopt` over 3,000 readouts counted 78 "wrong
 * map" bailouts, nearly all in inlined array builtins, each recompiling a
 * function of the extraction or the rendering (`extract`, `resolveActor`,
 * `documentGraph`: 50-200 ms each on a background thread), so that one
 * worker still spent a quarter of its time compiling after 2,000
 * documents. Called instead, the builtins are V8's own fast code, and the
 * compiling stops: see bench/HISTORY.md (the run at 628f3d7) for what it measured.
 * A compiler setting changes no result.
 */
import {setFlagsFromString} from 'node:v8'

setFlagsFromString('--no-turbo-inline-array-builtins')
