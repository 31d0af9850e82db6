/// A small modal form: labelled single-line text fields and choices, one focused at a time, with
/// an error line per field. Pure state; the caller validates on submit and sets the errors.
public struct Form: Sendable, Hashable {
    public struct Field: Sendable, Hashable {
        public enum Input: Sendable, Hashable {
            case text(TextEditor)
            case choice(options: [String], selected: Int)
        }

        /// Identifies the field to the caller.
        public var key: String
        public var label: String
        public var input: Input
        public var error: String?

        public static func text(_ key: String, _ label: String, _ value: String = "") -> Field {
            var editor = TextEditor(text: value, wrapWidth: 10_000, visibleRows: 1)
            editor.apply(.documentEnd)
            return Field(key: key, label: label, input: .text(editor))
        }

        public static func choice(_ key: String, _ label: String, _ options: [String], selected: Int = 0) -> Field {
            Field(key: key, label: label, input: .choice(options: options, selected: min(max(0, selected), max(0, options.count - 1))))
        }

        /// The text typed, or the option chosen.
        public var value: String {
            switch input {
            case .text(let editor): editor.text
            case .choice(let options, let selected): options.indices.contains(selected) ? options[selected] : ""
            }
        }
    }

    public enum Outcome: Sendable, Equatable { case editing, submit, cancel }

    public var title: String
    public var fields: [Field]
    public var focus = 0
    /// A problem with the form as a whole (a save conflict, say).
    public var error: String?
    /// How to fill the form in, shown at its foot (how to separate several values, say).
    public var hint: String?

    public init(title: String, fields: [Field]) {
        self.title = title
        self.fields = fields
        selectFocusedText()
    }

    public func value(_ key: String) -> String { fields.first { $0.key == key }?.value ?? "" }

    public mutating func setErrors(_ errors: [String: String]) {
        for index in fields.indices { fields[index].error = errors[fields[index].key] }
        if let first = fields.firstIndex(where: { $0.error != nil }) { moveFocus(to: first) }
    }

    /// Moves the focus; a text field that gets it has its text selected, as in common form UIs,
    /// so typing replaces a pre-filled value instead of appending to it.
    mutating func moveFocus(to index: Int) {
        guard !fields.isEmpty else { return }
        for i in fields.indices where i != index {
            if case .text(var editor) = fields[i].input, editor.isAllSelected {
                editor.apply(.documentEnd)
                fields[i].input = .text(editor)
            }
        }
        focus = (index % fields.count + fields.count) % fields.count
        selectFocusedText()
    }

    private mutating func selectFocusedText() {
        guard fields.indices.contains(focus), case .text(var editor) = fields[focus].input else { return }
        editor.selectAll()
        fields[focus].input = .text(editor)
    }

    /// Applies a key: moves between fields, edits the focused one, or ends the form. Keys come
    /// from the `form` context of `keymap`; the choice keys work on a choice only, so a text
    /// field still takes Space and the arrows.
    public mutating func handle(_ key: Key, keymap: Keymap = .standard) -> Outcome {
        let onChoice: Bool
        if fields.indices.contains(focus), case .choice = fields[focus].input { onChoice = true } else { onChoice = false }
        if let action = FormKeys.commands.action(for: key, in: .form, keymap: keymap),
           onChoice || (action != .nextChoice && action != .previousChoice) {
            switch action {
            case .cancel: return .cancel
            case .save: return .submit
            case .nextField: moveFocus(to: focus + 1)
            case .previousField: moveFocus(to: focus - 1)
            case .nextChoice, .previousChoice: stepChoice(by: action == .nextChoice ? 1 : -1)
            }
            return .editing
        }
        guard fields.indices.contains(focus), case .text(var editor) = fields[focus].input,
              let command = TextEditor.Command(key: key, multiLine: false) else { return .editing }
        editor.apply(command)
        fields[focus].input = .text(editor)
        fields[focus].error = nil
        return .editing
    }

    private mutating func stepChoice(by step: Int) {
        guard fields.indices.contains(focus), case .choice(let options, let selected) = fields[focus].input, !options.isEmpty else { return }
        fields[focus].input = .choice(options: options, selected: (selected + step + options.count) % options.count)
        fields[focus].error = nil
    }
}
