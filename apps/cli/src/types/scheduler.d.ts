/**
 * The part of React's `scheduler` package that use-keys.ts uses. It ships no types, and
 * @types/scheduler trails its releases; these two exports have been stable since React 16.
 */
declare module 'scheduler' {
  const Scheduler: {
    unstable_IdlePriority: number;
    unstable_scheduleCallback(priority: number, callback: () => void): unknown;
  };
  export default Scheduler;
}
