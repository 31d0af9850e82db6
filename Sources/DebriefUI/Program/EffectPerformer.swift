/// Carries out the effects `DebriefApp.update` returns. There is one implementation that touches
/// the disk (`StorePerformer` in DebriefEffects), used by the terminal app, `debrief snapshot` and
/// the tests; this protocol is what the program loop needs of it.
public protocol EffectPerformer: AnyObject {
    /// Starts one effect. Effects that must happen before the next key (the crash journal, the
    /// editor) answer at once; slow ones (saves, sync, export, load) run off the UI thread and
    /// answer later through `takeFinished`. `editor` runs `$EDITOR` through the backend.
    func perform(_ effect: Effect, editor: (String) -> Result<String, EditorFailure>) -> [Msg]
    /// Answers of slow effects that finished since the last call; never blocks.
    func takeFinished() -> [Msg]
    /// Blocks until every slow effect started so far has answered (its answer then waits in `takeFinished`).
    func waitUntilIdle()
    /// Before the program ends: waits for every write started so far and syncs the crash journal.
    func finish()
}
