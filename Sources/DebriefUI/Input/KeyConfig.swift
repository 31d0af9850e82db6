import DebriefCore
import Foundation
import TOMLKit

/// A rebinding in `config.toml` that could not be used, with where it is and what is wrong. The
/// default keys stay in force for it.
public struct KeyConfigProblem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// 1-based line of the entry (or of its table), when it can be found.
    public var line: Int?
    public var problem: String

    public var description: String {
        "config \(path)\(line.map { " line \($0)" } ?? ""): \(problem); the default keys stay in force for it"
    }
}

/// The `[keys.CONTEXT]` tables of `config.toml`: `ACTION = ["KEY", …]` (or one `"KEY"`) replaces
/// the keys of that action in that context, as `debrief keys --json` names them. Unknown names,
/// keys that are not keys, and two actions on one key in one context are reported, and the
/// entries at fault keep their default keys; the rest of the rebindings apply.
public enum KeyConfig {
    /// Keys users cannot move: Ctrl-C quits from anywhere after saving, whatever else happens.
    static let fixed: Set<String> = ["global.quit"]

    /// Reads the rebindings from a config file. A missing file, or one that is not valid TOML
    /// (reported by the config loader), leaves the defaults.
    public static func load(from url: URL, defaults: Keymap) -> (keymap: Keymap, problems: [KeyConfigProblem]) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (defaults, []) }
        return apply(String(decoding: data, as: UTF8.self), path: url.path, to: defaults)
    }

    public static func apply(_ text: String, path: String, to defaults: Keymap) -> (keymap: Keymap, problems: [KeyConfigProblem]) {
        guard TOMLPreflight.problem(in: text) == nil, let table = try? TOMLTable(string: text), let value = table["keys"] else {
            return (defaults, [])
        }
        let lines = EntryLines(text: text)
        var problems: [KeyConfigProblem] = []
        func report(_ problem: String, line: Int?) { problems.append(KeyConfigProblem(path: path, line: line, problem: problem)) }
        guard let contexts = value.table else {
            report("'keys' must be tables such as [keys.board] with next = [\"J\", \"Down\"]", line: lines.line(ofTable: "keys"))
            return (defaults, problems)
        }
        // The user's entries, in file order, checked one by one.
        var entries: [(context: KeyContext, action: String, keys: [Key], line: Int?)] = []
        for (contextName, contextValue) in contexts.map { ($0.0, $0.1) }.sorted(by: { lines.order(of: $0.0) < lines.order(of: $1.0) }) {
            let tableLine = lines.line(ofTable: "keys.\(contextName)")
            guard let context = KeyContext(rawValue: contextName) else {
                report("unknown key context '\(contextName)'; the contexts are \(KeyContext.allCases.map(\.rawValue).joined(separator: ", "))", line: tableLine)
                continue
            }
            guard let actions = contextValue.table else {
                report("'keys.\(contextName)' must be a table of actions, e.g. [keys.\(contextName)] followed by ACTION = [\"KEY\"]", line: tableLine)
                continue
            }
            for (action, keysValue) in actions.map { ($0.0, $0.1) }.sorted(by: { lines.order(of: "\(contextName).\($0.0)") < lines.order(of: "\(contextName).\($1.0)") }) {
                let line = lines.line(ofEntry: action, inTable: "keys.\(contextName)") ?? tableLine
                guard defaults.binding(action, in: context) != nil else {
                    let known = defaults.bindings(in: context).map(\.action).joined(separator: ", ")
                    report("unknown action '\(action)' in [keys.\(contextName)]; its actions are \(known)", line: line)
                    continue
                }
                guard !fixed.contains("\(contextName).\(action)") else {
                    report("\(contextName).\(action) cannot be rebound: Ctrl-C always saves and quits", line: line)
                    continue
                }
                let names: [String]? = keysValue.string.map { [$0] } ?? keysValue.array.flatMap { array in
                    let strings = array.compactMap { $0.string }
                    return strings.count == array.count ? strings : nil
                }
                guard let names else {
                    report("\(contextName).\(action) takes a list of key names in quotes, e.g. \(action) = [\"J\", \"Down\"]", line: line)
                    continue
                }
                var keys: [Key] = []
                var refusal: String?
                let defaultKeys = defaults.binding(action, in: context)?.keys ?? []
                for name in names {
                    let shown = "'\(DisplaySanitizer.singleLine.sanitize(name))' in \(contextName).\(action)"
                    guard let key = KeyName.key(name) else {
                        refusal = "\(shown) is not a key name; write \(KeyName.examples)"
                        break
                    }
                    // In a field being typed, a printable key is text: binding one would make it impossible to type.
                    if context.isTyping, case .char = key, !defaultKeys.contains(key) {
                        refusal = "\(shown) would stop that character being typed in \(context.title.lowercased()); bind a key that does not type (Escape, Enter, Tab, C-x, M-x, F1…)"
                        break
                    }
                    if !keys.contains(key) { keys.append(key) }
                }
                if let refusal {
                    report(refusal, line: line)
                    continue
                }
                entries.append((context, action, keys, line))
            }
        }
        // Apply them all, then undo the entries behind any key two actions share in one context,
        // until none is left (the defaults share none, so this ends).
        var keymap = defaults
        var applied = entries
        for entry in applied { keymap.setKeys(entry.keys, for: entry.action, in: entry.context) }
        while let clash = firstClash(in: keymap, among: applied) {
            let entry = applied.remove(at: clash.entry)
            let defaultKeys = defaults.binding(entry.action, in: entry.context)?.keys ?? []
            keymap.setKeys(defaultKeys, for: entry.action, in: entry.context)
            report("\(clash.key.tmuxName) is bound to both \(entry.context.rawValue).\(entry.action) and \(entry.context.rawValue).\(clash.other) "
                   + "(one key, one action in a context)", line: entry.line)
        }
        problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return (keymap, problems)
    }

    /// A key bound to two actions in one context where one of them is a user's entry: the index
    /// of the latest such entry, the key and the other action.
    private static func firstClash(in keymap: Keymap, among entries: [(context: KeyContext, action: String, keys: [Key], line: Int?)])
        -> (entry: Int, key: Key, other: String)? {
        for index in entries.indices.reversed() {
            let entry = entries[index]
            for key in entry.keys {
                if let other = keymap.bindings(in: entry.context).first(where: { $0.action != entry.action && $0.keys.contains(key) }) {
                    return (index, key, other.action)
                }
            }
        }
        return nil
    }
}

/// Where tables and entries are in the text, for the line numbers of problems (the TOML parser
/// does not give positions of values). Reads `[table]` headers and `key =` lines; enough for the
/// hand-written settings files config.toml is.
struct EntryLines {
    private var tables: [String: Int] = [:]
    private var entries: [String: Int] = [:]

    init(text: String) {
        var current = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("["), !line.hasPrefix("[["), let close = line.firstIndex(of: "]") {
                current = Self.unquoted(String(line[line.index(after: line.startIndex)..<close]))
                if tables[current] == nil { tables[current] = index + 1 }
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = Self.unquoted(String(line[..<equals]))
                let full = current.isEmpty ? key : current + "." + key
                if entries[full] == nil { entries[full] = index + 1 }
            }
        }
    }

    private static func unquoted(_ key: String) -> String {
        key.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
            .joined(separator: ".")
    }

    func line(ofTable name: String) -> Int? { tables[name] ?? entries[name] }

    func line(ofEntry key: String, inTable table: String) -> Int? { entries[table + "." + key] }

    /// Sort key for a context ("board") or entry ("board.next") under `[keys]`: file order.
    func order(of name: String) -> Int { line(ofTable: "keys." + name) ?? Int.max }
}
