import DebriefCore

/// What a key does in the session, summary and prep views. `SessionKeys.table` is the single
/// source for behaviour, the help overlay and the README key table.
public enum SessionAction: Sendable, Hashable {
    case nextQuestion, previousQuestion, firstQuestion, lastQuestion, pageDown, pageUp
    case startTyping, stopTyping, switchPane
    case openExternalEditor
    case toggleInsight, toggleSkip
    case openForm(ReviewFormKind)
    case finish, confirmFinish, cancelFinish
    /// Enter in the finish dialog: the highlighted button, which is Keep going while any question is
    /// open, so a hurried Enter never completes a half-done review.
    case finishHighlighted
    case showSummary, backToQuestions, scrollDown, scrollUp, scrollToTop, scrollToEnd
    case exportMarkdown
    case startNewReview
    /// The summary's selected item: change it in its form, remove it, tick an action item off or back on.
    case editItem, removeItem, toggleDone
    /// Take the last change back, make it again (`ReviewHistory`).
    case undo, redo
    case back
}

public enum SessionKeys {
    typealias Row = KeyCommands<SessionAction>.Row

    /// The keys of the session: its questions and notes, a note being typed, the finish dialog
    /// and the summary. Forms opened from it use the `form` context.
    public static let commands = KeyCommands<SessionAction>([
        Row(.session, "next", [.down], .nextQuestion, "next question"),
        Row(.session, "previous", [.up], .previousQuestion, "previous question"),
        Row(.session, "first", [.home], .firstQuestion, "first question"),
        Row(.session, "last", [.end], .lastQuestion, "last question"),
        Row(.session, "page-down", [.pageDown], .pageDown, "a page of questions down"),
        Row(.session, "page-up", [.pageUp], .pageUp, "a page of questions up"),
        Row(.session, "type", [.enter], .startTyping, "type in the note for this question (or just start typing)", hint: "type"),
        Row(.session, "switch-pane", [.tab, .backTab], .switchPane, "switch between questions and notes"),
        Row(.session, "editor", [.ctrl("e")], .openExternalEditor, "edit the note in $EDITOR", hint: "$EDITOR", showsInStatusBar: false),
        Row(.session, "insight", [.alt("i")], .toggleInsight, "flag: this question surfaced an insight", hint: "insight"),
        Row(.session, "skip", [.alt("s")], .toggleSkip, "skip this question (again to unskip)", hint: "skip"),
        Row(.session, "add-factor", [.alt("f")], .openForm(.factor), "add a success or failure factor (cause, evidence)", hint: "factor", hintGroup: "add"),
        Row(.session, "add-practice", [.alt("p")], .openForm(.practice), "add a best practice", hint: "practice", hintGroup: "add"),
        Row(.session, "add-fine-tuning", [.alt("t")], .openForm(.fineTuning), "add a fine-tuning point", hint: "tune", hintGroup: "add"),
        Row(.session, "add-signal", [.alt("b")], .openForm(.signal), "add a good- or bad-business signal", hint: "signal", hintGroup: "add"),
        Row(.session, "add-action-item", [.alt("a")], .openForm(.actionItem), "add an action item", hint: "action", hintGroup: "add"),
        Row(.session, "summary", [.alt("S")], .showSummary, "show the summary so far"),
        Row(.session, "finish", [.alt("F")], .finish, "finish the session and show the summary", hint: "finish"),
        Row(.session, "undo", [.ctrl("z")], .undo, "undo the last change to an item, a skip or an insight flag", hint: "undo", showsInStatusBar: false),
        Row(.session, "redo", [.ctrl("y")], .redo, "redo what was undone", hint: "redo", showsInStatusBar: false),
        Row(.session, "back", [.alt("q")], .back, "save and go back to the board", hint: "back", showsInStatusBar: false),
        Row(.note, "stop", [.escape], .stopTyping, "stop typing (the note is saved)", hint: "stop typing"),
        Row(.note, "switch-pane", [.tab, .backTab], .switchPane, "stop typing and go to the questions"),
        Row(.note, "editor", [.ctrl("e")], .openExternalEditor, "edit the note in $EDITOR", hint: "$EDITOR"),
        Row(.note, "undo", [.ctrl("z")], .undo, "undo the last change to an item, a skip or an insight flag", hint: "undo", showsInStatusBar: false),
        Row(.note, "redo", [.ctrl("y")], .redo, "redo what was undone", hint: "redo", showsInStatusBar: false),
        Row(.finish, "finish", [.char("y"), .char("Y")], .confirmFinish, "finish: mark the review completed", hint: "finish", hintKeys: .first),
        Row(.finish, "choose", [.enter], .finishHighlighted, "the highlighted button: Keep going while a question is open, else Finish",
            hint: "choose", showsInStatusBar: false),
        Row(.finish, "keep-going", [.char("n"), .char("N"), .escape, .char("q")], .cancelFinish, "keep going", hint: "keep going", hintKeys: .first),
        Row(.summary, "down", [.char("j"), .down], .scrollDown, "select the next item (past the last, scroll down)", hint: "item"),
        Row(.summary, "up", [.char("k"), .up], .scrollUp, "select the previous item (before the first, scroll up)"),
        Row(.summary, "top", [.char("g"), .home], .scrollToTop, "to the top of the summary"),
        Row(.summary, "end", [.char("G"), .end], .scrollToEnd, "to the end of the summary"),
        Row(.summary, "edit-item", [.enter], .editItem, "change the selected item (its form, filled in)", hint: "edit"),
        Row(.summary, "remove-item", [.char("d"), .delete], .removeItem, "remove the selected item (undo puts it back)", hint: "remove", hintKeys: .first),
        Row(.summary, "tick", [.char("x"), .char(" ")], .toggleDone, "tick the selected action item off, or back on", hint: "done", showsInStatusBar: false),
        Row(.summary, "undo", [.ctrl("z")], .undo, "undo the last change", hint: "undo"),
        Row(.summary, "redo", [.ctrl("y")], .redo, "redo what was undone", hint: "redo", showsInStatusBar: false),
        Row(.summary, "export", [.char("e")], .exportMarkdown, "export the review as Markdown (asks for the file)", hint: "export"),
        Row(.summary, "new-review", [.char("n")], .startNewReview, "start a new review of this deal (once this one is completed)", hint: "new review"),
        Row(.summary, "questions", [.escape], .backToQuestions, "back to the questions", hint: "questions"),
        Row(.summary, "back", [.char("q"), .alt("q")], .back, "save and go back to the board", hint: "back", hintKeys: .first),
    ])

    /// Why a binding does nothing in this state, if it does nothing.
    static func unavailable(_ binding: KeyBinding, in state: SessionState) -> String? {
        guard binding.context == .summary, binding.action == "new-review", state.review.status != .completed else { return nil }
        return SessionState.openReviewNotice
    }

    /// Status-bar hints for the session's screen: at 80 columns the session shows its own keys
    /// (the five add-forms as one hint) and leaves the others (arrows, Tab, back) to help.
    public static func hints(for state: SessionState, keymap: Keymap, width: Int) -> [KeyHint] {
        let context = state.keyContext
        let bindings = keymap.bindings(in: context).map { binding in
            var binding = binding
            binding.unavailable = unavailable(binding, in: state)
            return binding
        }
        if context == .summary {
            // Below 120 columns the summary keeps to moving, changing and leaving (a completed review:
            // starting the next one instead of its questions); every change's notice names the undo
            // key, and help has the rest.
            let completed = state.review.status == .completed
            let narrowOnly: Set<String> = ["export", "undo", completed ? "questions" : "new-review"]
            let shown = bindings.map { binding in
                var binding = binding
                if narrowOnly.contains(binding.action) { binding.showsInStatusBar = binding.showsInStatusBar && width >= 120 }
                return binding
            }
            return KeyHints.make(shown, keymap: keymap, grouped: .joined)
        }
        guard context == .session, width < 150 else { return KeyHints.make(bindings, keymap: keymap, grouped: .joined) }
        // Printable keys type into the note here, so help is shown by its other keys (F1).
        let help = keymap.binding("help", in: .global).flatMap { binding -> KeyHint? in
            let keys = binding.keys.filter { if case .char = $0 { false } else { true } }
            return keys.isEmpty ? nil : KeyHint(keys.map(\.label).joined(separator: "/"), "keys")
        }
        // At 80 columns typing needs no hint (just type); from 120 there is room for it and back.
        let shown = bindings.map { binding in
            var binding = binding
            if binding.action == "back" { binding.showsInStatusBar = width >= 120 }
            if binding.action == "type" { binding.showsInStatusBar = width >= 120 }
            return binding
        }
        return fitting(KeyHints.make(shown, keymap: keymap, grouped: .named) + (help.map { [$0] } ?? []), width: width)
    }

    /// The session's hints in the order they give way when the line is too short: the rarer keys
    /// first, the help key (which lists them all) last.
    static let givingWay = ["skip", "finish", "insight", "add", "back", "type"]

    /// `hints` with those that give way first taken out until the rest fit on a line `width` wide,
    /// so the help key is the last to go (the status bar alone would drop whatever comes last).
    static func fitting(_ hints: [KeyHint], width: Int) -> [KeyHint] {
        var shown = hints
        let room = StatusBar.hintRoom(width: width, mode: "SESSION")
        for description in givingWay {
            guard shown.reduce(0, { $0 + StatusBar.width(of: $1) }) - 2 > room else { break }
            shown.removeAll { $0.description == description }
        }
        return shown
    }
}

extension SessionState {
    /// The session's own keys and its forms', for callers that pass no keymap; the app passes its own.
    public static let defaultKeymap = Keymap(bindings: SessionKeys.commands.bindings + FormKeys.commands.bindings)
}
