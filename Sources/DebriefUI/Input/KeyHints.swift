/// Turns bindings into status-bar hints: each binding's short hint with its keys labelled as the
/// binding says (all keys, the first, or "j/k" with its pair), and a group shown as one hint.
public enum KeyHints {
    /// How a group of bindings ("add a factor, a practice…") shows as one hint.
    public enum Grouping: Sendable {
        /// "f/p/t/b/a factor/practice/tune/signal/action".
        case joined
        /// "f p t b a add": the keys, then the group's name.
        case named
    }

    public static func make(_ bindings: [KeyBinding], keymap: Keymap, grouped: Grouping) -> [KeyHint] {
        var hints: [KeyHint] = []
        var group: (name: String, keys: [String], hints: [String])?
        func flush() {
            guard let current = group else { return }
            let keys = compact(current.keys, separator: grouped == .joined ? "/" : " ")
            hints.append(grouped == .joined ? KeyHint(keys, current.hints.joined(separator: "/")) : KeyHint(keys, current.name))
            group = nil
        }
        for binding in bindings {
            guard let hint = binding.hint, binding.showsInStatusBar, !binding.keys.isEmpty, binding.unavailable == nil else { continue }
            let label = keysLabel(binding, keymap: keymap)
            if let name = binding.hintGroup {
                if group?.name != name { flush() }
                group = (name, (group?.keys ?? []) + [label], (group?.hints ?? []) + [hint])
                continue
            }
            flush()
            hints.append(KeyHint(label, hint))
        }
        flush()
        return hints
    }

    /// "Alt-f/p/t" for Alt-f, Alt-p, Alt-t: a modifier the keys share is written once.
    static func compact(_ labels: [String], separator: String) -> String {
        for prefix in ["Alt-", "Ctrl-"] where labels.count > 1 && labels.allSatisfy({ $0.hasPrefix(prefix) && $0.count > prefix.count }) {
            return prefix + labels.map { String($0.dropFirst(prefix.count)) }.joined(separator: separator)
        }
        return labels.joined(separator: separator)
    }

    /// The keys as the status bar shows them.
    public static func keysLabel(_ binding: KeyBinding, keymap: Keymap) -> String {
        switch binding.hintKeys {
        case .all: return binding.keysLabel
        case .first: return binding.keys.first?.label ?? ""
        case .pairedWith(let other):
            guard let first = binding.keys.first?.label else { return "" }
            guard let pair = keymap.binding(other, in: binding.context)?.keys.first?.label else { return first }
            return first + "/" + pair
        }
    }
}
