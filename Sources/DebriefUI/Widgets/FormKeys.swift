/// What a key does in an open form.
public enum FormAction: Sendable, Hashable {
    case nextField, previousField, nextChoice, previousChoice, save, cancel
}

/// The keys of every form (deal, factor, action item, export path…). Keys not bound here are
/// typed into the focused text field; the choice keys apply only on a choice.
enum FormKeys {
    typealias Row = KeyCommands<FormAction>.Row

    static let commands = KeyCommands<FormAction>([
        Row(.form, "next-field", [.tab, .down], .nextField, "next field", hint: "next field", hintKeys: .first),
        Row(.form, "previous-field", [.backTab, .up], .previousField, "previous field"),
        Row(.form, "previous-choice", [.left], .previousChoice, "previous choice", hint: "choose", hintKeys: .pairedWith("next-choice")),
        Row(.form, "next-choice", [.right, .char(" ")], .nextChoice, "next choice"),
        Row(.form, "save", [.enter], .save, "save", hint: "save"),
        Row(.form, "cancel", [.escape], .cancel, "cancel", hint: "cancel"),
    ])
}

extension Form {
    /// The form's own keys, for callers that pass no keymap; the app passes its own.
    public static let defaultKeymap = Keymap(bindings: FormKeys.commands.bindings)
}
