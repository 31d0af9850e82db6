import DebriefCore
import Foundation

/// What a key does in prep mode.
public enum PrepAction: Sendable, Hashable {
    case moveDown, moveUp, open, startTyping, stopTyping, nextPane, previousPane, openExternalEditor, markReady, back
}

public enum PrepKeys {
    typealias Row = KeyCommands<PrepAction>.Row

    public static let commands = KeyCommands<PrepAction>([
        Row(.prep, "next", [.char("j"), .down], .moveDown, "next deal or question", hint: "move", hintKeys: .pairedWith("previous")),
        Row(.prep, "previous", [.char("k"), .up], .moveUp, "previous deal or question"),
        Row(.prep, "open", [.enter], .open, "open the deal; on a question, type the answer", hint: "open/type"),
        Row(.prep, "next-pane", [.tab], .nextPane, "next pane: deals, questions, answer", hint: "pane"),
        Row(.prep, "previous-pane", [.backTab], .previousPane, "previous pane"),
        Row(.prep, "editor", [.ctrl("e")], .openExternalEditor, "edit the answer in $EDITOR", hint: "$EDITOR"),
        Row(.prep, "ready", [.char("R")], .markReady, "mark this review prep ready for the manager (again to take it back)", hint: "ready"),
        Row(.prep, "quit", [.char("q")], .back, "save and quit", hint: "quit"),
        Row(.prepAnswer, "stop", [.escape, .tab, .backTab], .stopTyping, "stop typing (the answer is saved)", hint: "stop typing", hintKeys: .first),
        Row(.prepAnswer, "editor", [.ctrl("e")], .openExternalEditor, "edit the answer in $EDITOR", hint: "$EDITOR"),
    ])

    public static func hints(typing: Bool, keymap: Keymap = PrepState.defaultKeymap) -> [KeyHint] {
        KeyHints.make(keymap.bindings(in: typing ? .prepAnswer : .prep), keymap: keymap, grouped: .joined)
    }
}

extension PrepState {
    public mutating func handle(_ key: Key, at now: Date, keymap: Keymap = PrepState.defaultKeymap) -> [SessionRequest] {
        self.now = now
        if let action = PrepKeys.commands.action(for: key, in: isEditing ? .prepAnswer : .prep, keymap: keymap) { return perform(action) }
        if !isEditing, case .char(let character) = key, character != " " { return startTyping(character) }
        guard isEditing, let command = TextEditor.Command(key: key, multiLine: true) else { return [] }
        editor.apply(command)
        return setCurrentAnswer(editor.text)
    }

    /// A rep who starts typing without pressing Enter is answering, as in the manager's session: a
    /// letter no prep key binds opens the deal and the question shown and lands in its answer.
    private mutating func startTyping(_ character: Character) -> [SessionRequest] {
        var requests: [SessionRequest] = []
        if pane == .deals { requests += perform(.open) }
        guard currentAnswer != nil else { return requests }
        requests += perform(.open)
        editor.apply(.insert(String(character)))
        return requests + setCurrentAnswer(editor.text)
    }

    /// Whether `key` is only text in the answer being typed now (no prep command binds it).
    func takesText(_ key: Key, keymap: Keymap = PrepState.defaultKeymap) -> Bool {
        guard case .char = key, isEditing else { return false }
        return PrepKeys.commands.action(for: key, in: .prepAnswer, keymap: keymap) == nil
    }

    /// Text typed or pasted as one run into the answer being typed: one edit, line breaks and tabs kept.
    public mutating func type(_ text: String, at now: Date) -> [SessionRequest] {
        self.now = now
        guard isEditing else { return [] }
        editor.apply(.insert(text))
        return setCurrentAnswer(editor.text)
    }

    public mutating func perform(_ action: PrepAction) -> [SessionRequest] {
        switch action {
        case .moveDown, .moveUp:
            let step = action == .moveDown ? 1 : -1
            if pane == .deals {
                let target = min(max(0, dealIndex + step), max(0, items.count - 1))
                guard target != dealIndex else { return [] }
                let requests = saveCurrent()
                dealIndex = target
                questionIndex = 0
                reloadEditor()
                return requests
            }
            let target = min(max(0, questionIndex + step), max(0, prepAnswerIndices.count - 1))
            guard target != questionIndex else { return [] }
            questionIndex = target
            reloadEditor()
            return saveCurrent()
        case .open:
            if pane == .deals {
                let requests = openCurrentDeal()
                if currentReview != nil { pane = .questions }
                return requests
            }
            guard currentAnswer != nil else { return [] }
            pane = .answer
            isEditing = true
            editor.moveCursor(to: editor.characterCount)
            return []
        case .startTyping:
            return perform(.open)
        case .stopTyping:
            isEditing = false
            pane = .questions
            return saveCurrent()
        case .nextPane, .previousPane:
            let order: [Pane] = currentReview == nil ? [.deals] : [.deals, .questions, .answer]
            let index = order.firstIndex(of: pane) ?? 0
            pane = order[(index + (action == .nextPane ? 1 : order.count - 1)) % order.count]
            return saveCurrent()
        case .openExternalEditor:
            guard currentAnswer != nil else { return [] }
            isEditing = false
            return saveCurrent() + [.openEditor(text: editor.text)]
        case .markReady:
            return markReady()
        case .back:
            isEditing = false
            return saveAll() + [.back]
        }
    }

    public mutating func tick(_ now: Date) -> [SessionRequest] {
        self.now = now
        guard items.indices.contains(dealIndex) else { return [] }
        return items[dealIndex].draft?.saveIfPaused(at: now) ?? []
    }

    public mutating func editorFinished(_ text: String?) -> [SessionRequest] {
        guard let text else { return [] }  // the backend took off the file's last newline
        editor.setText(text)
        return setCurrentAnswer(editor.text) + saveCurrent()
    }
}

extension PrepState {
    /// Prep's own keys and its forms', for callers that pass no keymap; the app passes its own.
    public static let defaultKeymap = Keymap(bindings: PrepKeys.commands.bindings + FormKeys.commands.bindings)
}
