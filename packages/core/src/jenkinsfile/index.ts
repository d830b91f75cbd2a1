/**
 * The graphical pipeline editor's converter (pure functions, no Node APIs: the console uses it
 * too): PipelineGraph ⇄ declarative Jenkinsfile.
 */
export * from './graph.ts';
export { toJenkinsfile, EDITOR_HEADER } from './write.ts';
export { fromJenkinsfile } from './read.ts';
export { groovyString } from './groovy.ts';
