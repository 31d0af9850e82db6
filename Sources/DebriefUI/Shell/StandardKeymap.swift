extension Keymap {
    /// The defaults: every component's table, general keys first.
    public static let standard = Keymap(bindings: AppKeys.commands.bindings + BoardKeys.commands.bindings
        + AppKeys.overlayCommands.bindings + FormKeys.commands.bindings
        + ReviewsBrowserState.keyTable.bindings + ActionItemsState.keyTable.bindings + PlaybookViewState.keyTable.bindings
        + PatternsViewState.keyTable.bindings + ReviewQueueState.keyTable.bindings + ReviewQueueState.scheduleTable.bindings
        + BriefPane.keyTable.bindings + CoachKeys.withBrief(SessionKeys.commands.bindings) + PrepKeys.commands.bindings)
}
