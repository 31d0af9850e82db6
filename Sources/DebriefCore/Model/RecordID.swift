/// An id that is safe to use as a file name inside the data directory.
/// Ids arrive from CRMs and from files other people wrote, so they are checked before they touch a path.
public enum RecordID {
    public static let maxLength = 128

    /// Returns why `id` cannot be a record id, or nil when it can.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "the id is empty" }
        if id.utf8.count > maxLength { return "the id is longer than \(maxLength) bytes" }
        if id == "." || id == ".." { return "'\(id)' is not a usable id" }
        if id.hasPrefix(".") { return "an id may not start with '.'" }
        for scalar in id.unicodeScalars {
            let allowed = (scalar.value >= 0x30 && scalar.value <= 0x39)
                || (scalar.value >= 0x41 && scalar.value <= 0x5A)
                || (scalar.value >= 0x61 && scalar.value <= 0x7A)
                || scalar == "-" || scalar == "_" || scalar == "."
            if !allowed {
                return "the id contains '\(scalar.escaped(asASCII: true))'; ids may use only letters A-Z a-z, digits, '-', '_' and '.'"
            }
        }
        return nil
    }

    public static func isValid(_ id: String) -> Bool { problem(with: id) == nil }

    /// Turns outside text (a CRM id) into a valid id: unsafe characters become '_'.
    /// Distinct inputs can meet here, so callers that need uniqueness must check for collisions.
    public static func sanitized(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            let ok = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
                || scalar == "-" || scalar == "_" || scalar == ".")
            out.unicodeScalars.append(ok ? scalar : "_")
        }
        while out.hasPrefix(".") { out.removeFirst(); out = "_" + out }
        if out.isEmpty { out = "_" }
        if out.utf8.count > maxLength { out = String(out.prefix(maxLength)) }
        return out
    }
}
