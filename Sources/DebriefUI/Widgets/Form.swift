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
        /// Lines shown under the field (suggestions while it is typed, a remark), in `belowRows`
        /// rows kept for them so the form does not jump as they come and go.
        public var below: [Note] = []
        public var belowRows = 0

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

    /// A line under a field; `selected` draws it as the chosen one of a list.
    public struct Note: Sendable, Hashable {
        public var text: String
        public var selected = false
        public var muted = false
        public init(_ text: String, selected: Bool = false, muted: Bool = false) {
            self.text = text
            self.selected = selected
            self.muted = muted
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

    /// The key of the field that has the focus.
    public var focusedKey: String? { fields.indices.contains(focus) ? fields[focus].key : nil }

    /// Replaces a text field's text, the cursor at its end.
    public mutating func setText(_ key: String, _ text: String) {
        guard let index = fields.firstIndex(where: { $0.key == key }), case .text(var editor) = fields[index].input else { return }
        editor.setText(text)
        editor.apply(.documentEnd)
        fields[index].input = .text(editor)
        fields[index].error = nil
    }

    /// Chooses the option at `index` of a choice field.
    public mutating func choose(_ key: String, _ index: Int) {
        guard let at = fields.firstIndex(where: { $0.key == key }), case .choice(let options, _) = fields[at].input,
              options.indices.contains(index) else { return }
        fields[at].input = .choice(options: options, selected: index)
    }

    /// Sets the lines under a field and the rows kept for them.
    public mutating func setBelow(_ key: String, _ notes: [Note], rows: Int) {
        guard let index = fields.firstIndex(where: { $0.key == key }) else { return }
        fields[index].below = notes
        fields[index].belowRows = rows
    }

    /// Applies an editing command to a text field (the selection of a pre-filled value goes).
    public mutating func apply(_ command: TextEditor.Command, to key: String) {
        guard let index = fields.firstIndex(where: { $0.key == key }), case .text(var editor) = fields[index].input else { return }
        editor.apply(command)
        fields[index].input = .text(editor)
    }

    public mutating func setError(_ key: String, _ message: String?) {
        guard let index = fields.firstIndex(where: { $0.key == key }) else { return }
        fields[index].error = message
    }

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
    public mutating func handle(_ key: Key, keymap: Keymap = Form.defaultKeymap) -> Outcome {
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
