// The tests index thousands of files and time their expectations; running them side by side on a
// two-core machine would make them slow and flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
