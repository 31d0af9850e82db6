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
            hints.append(grouped == .joined
                ? KeyHint(current.keys.joined(separator: "/"), current.hints.joined(separator: "/"))
                : KeyHint(current.keys.joined(separator: " "), current.name))
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
