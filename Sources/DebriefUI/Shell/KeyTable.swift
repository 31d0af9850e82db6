import DebriefCore
import Foundation

/// The keymap as a document: the README's key table and `debrief keys` come from here, with the
/// context and action names `config.toml` takes (`[keys.CONTEXT]`, `ACTION = ["KEY", …]`).
public enum KeyTable {
    /// One binding as `debrief keys --json` prints it.
    public struct Entry: Codable, Sendable, Equatable {
        public var context: String
        public var action: String
        /// Key names in the spelling config.toml and key scripts take ("j", "Down", "C-e").
        public var keys: [String]
        public var description: String
    }

    public static func entries(_ keymap: Keymap = .standard) -> [Entry] {
        keymap.bindings.map { Entry(context: $0.context.rawValue, action: $0.action, keys: $0.keys.map(\.tmuxName), description: $0.description) }
    }

    public static func json(_ keymap: Keymap = .standard) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries(keymap))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The README's table: the defaults (what a user's config changes is theirs to know).
    public static func markdown(_ keymap: Keymap = .standard) -> String {
        var out = "| where | keys | what they do | config name |\n| --- | --- | --- | --- |\n"
        for binding in keymap.bindings {
            let keys = binding.keysLabel.replacingOccurrences(of: "|", with: "\\|")
            out += "| \(binding.context.title) | `\(keys)` | \(binding.description) | `\(binding.context.rawValue).\(binding.action)` |\n"
        }
        return out
    }

    public static func plain(_ keymap: Keymap = .standard) -> String {
        var out = ""
        var current: KeyContext?
        for binding in keymap.bindings {
            if binding.context != current {
                out += (current == nil ? "" : "\n") + "\(binding.context.title)  [keys.\(binding.context.rawValue)]\n"
                current = binding.context
            }
            out += "  " + DisplayWidth.pad(binding.keysLabel, toWidth: 12) + " " + DisplayWidth.pad(binding.description, toWidth: 52) + " " + binding.action + "\n"
        }
        return out
    }
}
