import DebriefCore
import Foundation

/// What a key does in prep mode.
public enum PrepAction: Sendable, Hashable {
    case moveDown, moveUp, open, startTyping, stopTyping, nextPane, previousPane, openExternalEditor, markReady, back
}

public struct PrepKeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: PrepAction
    public var description: String
    public var typing: Bool
    public var hint: String?

    public var keysLabel: String { keys.map(\.label).joined(separator: "/") }
}

public enum PrepKeys {
    public static let table: [PrepKeyBinding] = [
        PrepKeyBinding(keys: [.char("j"), .down], action: .moveDown, description: "next deal or question", typing: false, hint: "move"),
        PrepKeyBinding(keys: [.char("k"), .up], action: .moveUp, description: "previous deal or question", typing: false),
        PrepKeyBinding(keys: [.enter], action: .open, description: "open the deal; on a question, type the answer", typing: false, hint: "open/type"),
        PrepKeyBinding(keys: [.escape], action: .stopTyping, description: "stop typing (the answer is saved)", typing: true, hint: "stop typing"),
        PrepKeyBinding(keys: [.tab], action: .nextPane, description: "next pane: deals, questions, answer", typing: false, hint: "pane"),
        PrepKeyBinding(keys: [.backTab], action: .previousPane, description: "previous pane", typing: false),
        PrepKeyBinding(keys: [.ctrl("e")], action: .openExternalEditor, description: "edit the answer in $EDITOR", typing: false, hint: "$EDITOR"),
        PrepKeyBinding(keys: [.char("R")], action: .markReady, description: "mark this review prep ready for the manager", typing: false, hint: "ready"),
        PrepKeyBinding(keys: [.char("q")], action: .back, description: "save and quit", typing: false, hint: "quit"),
    ]

    public static func action(for key: Key, typing: Bool) -> PrepAction? {
        if typing {
            if key == .escape { return .stopTyping }
            if key == .tab || key == .backTab { return .stopTyping }
            if key == .ctrl("e") { return .openExternalEditor }
            return nil
        }
        return table.first { !$0.typing && $0.keys.contains(key) }?.action
    }

    public static func hints(typing: Bool) -> [KeyHint] {
        table.compactMap { binding in
            guard let hint = binding.hint, binding.typing == typing || (typing && binding.action == .openExternalEditor) else { return nil }
            return KeyHint(hint == "move" ? "j/k" : binding.keysLabel, hint)
        }
    }
}

extension PrepState {
    public mutating func handle(_ key: Key, at now: Date) -> [SessionRequest] {
        self.now = now
        if let action = PrepKeys.action(for: key, typing: isEditing) { return perform(action) }
        guard isEditing, let command = TextEditor.Command(key: key, multiLine: true) else { return [] }
        editor.apply(command)
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
        guard var clean = text else { return [] }
        while clean.hasSuffix("\n") { clean.removeLast() }
        editor.setText(clean)
        return setCurrentAnswer(editor.text) + saveCurrent()
    }
}
