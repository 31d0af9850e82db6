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
    case showSummary, backToQuestions, scrollDown, scrollUp
    case exportMarkdown
    case startNewReview
    case back
}

/// Where a session key works.
public enum SessionKeyContext: String, Sendable, Hashable, CaseIterable {
    /// The question list or the note pane, not typing.
    case session
    /// Typing a note.
    case typing
    /// The finish summary.
    case summary
}

public struct SessionKeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: SessionAction
    public var description: String
    public var contexts: [SessionKeyContext]
    /// Short label for the bottom line; nil keeps the key to the help overlay.
    public var hint: String?

    public init(_ keys: [Key], _ action: SessionAction, _ description: String, _ contexts: [SessionKeyContext], hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.description = description
        self.contexts = contexts
        self.hint = hint
    }

    public var keysLabel: String { keys.map(\.label).joined(separator: "/") }
}

public enum SessionKeys {
    public static let table: [SessionKeyBinding] = [
        SessionKeyBinding([.char("j"), .down], .nextQuestion, "next question", [.session]),
        SessionKeyBinding([.char("k"), .up], .previousQuestion, "previous question", [.session]),
        SessionKeyBinding([.char("g"), .home], .firstQuestion, "first question", [.session]),
        SessionKeyBinding([.char("G"), .end], .lastQuestion, "last question", [.session]),
        SessionKeyBinding([.pageDown], .pageDown, "a page of questions down", [.session]),
        SessionKeyBinding([.pageUp], .pageUp, "a page of questions up", [.session]),
        SessionKeyBinding([.enter], .startTyping, "type in the note for this question", [.session], hint: "type"),
        SessionKeyBinding([.escape], .stopTyping, "stop typing (the note is saved)", [.typing], hint: "stop typing"),
        SessionKeyBinding([.tab, .backTab], .switchPane, "switch between questions and notes", [.session, .typing]),
        SessionKeyBinding([.ctrl("e")], .openExternalEditor, "edit the note in $EDITOR", [.session, .typing], hint: "$EDITOR"),
        SessionKeyBinding([.char("!")], .toggleInsight, "flag: this question surfaced an insight", [.session], hint: "insight"),
        SessionKeyBinding([.char("s")], .toggleSkip, "skip this question (again to unskip)", [.session], hint: "skip"),
        SessionKeyBinding([.char("f")], .openForm(.factor), "add a success or failure factor (cause, evidence)", [.session], hint: "factor"),
        SessionKeyBinding([.char("p")], .openForm(.practice), "add a best practice", [.session], hint: "practice"),
        SessionKeyBinding([.char("t")], .openForm(.fineTuning), "add a fine-tuning point", [.session], hint: "tune"),
        SessionKeyBinding([.char("b")], .openForm(.signal), "add a good- or bad-business signal", [.session], hint: "signal"),
        SessionKeyBinding([.char("a")], .openForm(.actionItem), "add an action item", [.session], hint: "action"),
        SessionKeyBinding([.char("S")], .showSummary, "show the summary so far", [.session]),
        SessionKeyBinding([.char("F")], .finish, "finish the session and show the summary", [.session], hint: "finish"),
        SessionKeyBinding([.char("j"), .down], .scrollDown, "scroll down", [.summary], hint: "scroll"),
        SessionKeyBinding([.char("k"), .up], .scrollUp, "scroll up", [.summary]),
        SessionKeyBinding([.char("e")], .exportMarkdown, "export the review as Markdown (asks for the file)", [.summary], hint: "export"),
        SessionKeyBinding([.char("n")], .startNewReview, "start a new review of this deal (once this one is completed)", [.summary], hint: "new review"),
        SessionKeyBinding([.escape], .backToQuestions, "back to the questions", [.summary], hint: "questions"),
        SessionKeyBinding([.char("q")], .back, "save and go back to the board", [.session, .summary], hint: "back"),
    ]

    public static func action(for key: Key, in context: SessionKeyContext) -> SessionAction? {
        table.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    /// Bottom-line hints that fit `width` columns: at 80 columns the session shows its own keys
    /// (the five add-forms as one hint) and leaves the conventional ones (j/k, Tab, q) to `?`.
    public static func hints(for context: SessionKeyContext, width: Int) -> [KeyHint] {
        guard context == .session else { return hints(for: context) }
        if width >= 120 {
            return [KeyHint("Enter", "type"), KeyHint("!", "insight"), KeyHint("s", "skip"),
                    KeyHint("f/p/t/b/a", "factor/practice/tune/signal/action"), KeyHint("F", "finish"), KeyHint("q", "back")]
        }
        return [KeyHint("Enter", "type"), KeyHint("!", "insight"), KeyHint("s", "skip"), KeyHint("f p t b a", "add"),
                KeyHint("F", "finish"), KeyHint("?", "keys")]
    }

    /// Bottom-line hints for a context, in table order.
    public static func hints(for context: SessionKeyContext) -> [KeyHint] {
        table.compactMap { binding in
            guard let hint = binding.hint, binding.contexts.contains(context) else { return nil }
            return KeyHint(hint == "move" ? "j/k" : binding.keysLabel, hint)
        }
    }
}
