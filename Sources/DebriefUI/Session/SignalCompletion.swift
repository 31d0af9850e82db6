import DebriefCore

/// The signal form's completion: while the signal is typed, the team's signals that match it are
/// listed under the field; ↓/↑ choose one, Tab takes the chosen one (or the first) with its sign,
/// Enter takes a chosen one. A new signal is added only when nothing matches, or when Enter is
/// pressed again after the form said what matches, so a typo never splits a signal in two.
public struct SignalCompletion: Sendable, Hashable {
    var catalog: SignalCatalog
    public private(set) var matches: [SignalCatalog.Entry] = []
    /// Index into `matches` of the one chosen with the arrows.
    public private(set) var chosen: Int?
    /// The signal (as compared) the form already warned about: Enter again adds it as new.
    var warned: String?
    /// Suggestions shown at once.
    static let rows = 3

    init(catalog: SignalCatalog) {
        self.catalog = catalog
    }

    /// Whether the arrows and Tab choose among the team's signals now.
    func offersChoice(in form: Form) -> Bool { form.focusedKey == "text" && !matches.isEmpty }

    /// What a key does to the signal form, when the completion takes it.
    enum Outcome { case handled, submit, pass }

    /// Recomputes the matches for the text as typed; a changed text forgets what was chosen and warned.
    mutating func refresh(_ form: inout Form) {
        let text = form.value("text")
        matches = catalog.matches(for: text, limit: Self.rows).map(\.entry)
        if matches.count == 1, matches[0].key == PhraseKey.normalize(text) { matches = [] }  // it is that signal already
        chosen = chosen.flatMap { matches.indices.contains($0) ? $0 : nil }
        if warned != PhraseKey.normalize(text) { warned = nil }
        form.setBelow("text", notes(typed: text), rows: Self.rows)
    }

    private func notes(typed: String) -> [Form.Note] {
        let key = PhraseKey.normalize(typed)
        if key.isEmpty {
            let count = catalog.entries.count
            return [Form.Note(count == 0 ? "The first signal of the team: type it." : "Type to find one of the team's \(count) signal\(count == 1 ? "" : "s").", muted: true)]
        }
        if matches.isEmpty {
            return [Form.Note(catalog.entry(for: typed) != nil ? "One of the team's signals." : "New signal: none of the team's signals matches.", muted: true)]
        }
        return matches.enumerated().map { index, entry in
            let sign = entry.sign == .good ? "good" : "bad"
            return Form.Note("\(index == chosen ? "›" : " ") \(entry.text)  (\(sign) · \(entry.reviews) review\(entry.reviews == 1 ? "" : "s"))",
                             selected: index == chosen)
        }
    }

    /// Takes `key` when the signal's text field has the focus and something matches, and Enter
    /// from any field when the text matches a known signal it is not.
    mutating func handle(_ key: Key, _ form: inout Form, keymap: Keymap) -> Outcome {
        let action = FormKeys.commands.action(for: key, in: .form, keymap: keymap)
        if action == .save {
            if form.focusedKey == "text", let chosen {
                take(matches[chosen], &form)
                return .handled
            }
            let typed = PhraseKey.normalize(form.value("text"))
            guard !matches.isEmpty, catalog.entry(for: form.value("text")) == nil, warned != typed else { return .submit }
            warned = typed
            form.moveFocus(to: form.fields.firstIndex { $0.key == "text" } ?? 0)
            form.apply(.documentEnd, to: "text")
            form.setError("text", "Is it one of these? ↓ and Tab take it; Enter again adds yours as new.")
            return .handled
        }
        guard form.focusedKey == "text", !matches.isEmpty else { return .pass }
        switch (key, action) {
        case (.down, _):
            chosen = min((chosen ?? -1) + 1, matches.count - 1)
        case (.up, _) where chosen != nil:
            chosen = chosen == 0 ? nil : (chosen ?? 0) - 1
        case (_, .nextField?):
            take(matches[chosen ?? 0], &form)
            form.moveFocus(to: form.focus + 1)
        default:
            return .pass
        }
        form.setBelow("text", notes(typed: form.value("text")), rows: Self.rows)
        return .handled
    }

    /// Puts a known signal in the form, with the sign the team gave it.
    private mutating func take(_ entry: SignalCatalog.Entry, _ form: inout Form) {
        form.setText("text", entry.text)
        if let index = QualificationSignal.Sign.allCases.firstIndex(of: entry.sign) { form.choose("sign", index) }
        chosen = nil
        warned = nil
        refresh(&form)
    }
}
