import Foundation

/// Which rep a name typed on the command line means (`debrief prep --rep kenji`): the rep whose
/// name it is, else the one rep whose name, or a word of it, starts with it. Case and accents
/// do not matter. Several candidates are listed for the user to choose from, never guessed.
public enum RepNameMatch: Equatable, Sendable {
    case one(String)
    case several([String])
    case none

    public init(_ typed: String, among reps: some Sequence<String>) {
        let wanted = SearchFolding.fold(typed.trimmingCharacters(in: .whitespaces))
        let names = Set(reps).sorted()
        guard !wanted.isEmpty else {
            self = .none
            return
        }
        if let exact = names.first(where: { SearchFolding.fold($0) == wanted }) {
            self = .one(exact)
            return
        }
        let matches = names.filter { name in
            let folded = SearchFolding.fold(name)
            return folded.hasPrefix(wanted) || folded.split(separator: " ").contains { $0.hasPrefix(wanted) }
        }
        switch matches.count {
        case 0: self = .none
        case 1: self = .one(matches[0])
        default: self = .several(matches)
        }
    }
}
