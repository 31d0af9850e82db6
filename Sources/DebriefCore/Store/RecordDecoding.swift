import Foundation

/// Turns file bytes into a record, or into a problem that says exactly what is wrong with the file.
public enum RecordDecoding {
    private struct SchemaHeader: Decodable {
        var schemaVersion: Int?
    }

    /// Far above any real record (a long review is tens of kB), low enough that decoding a file
    /// that is not a record, or a damaged one, cannot take the memory the JSON parser would need.
    public static let maximumFileSize = 16 << 20

    public static func decode<R: StoredRecord>(_ type: R.Type, from data: Data, path: String) -> Result<R, LoadProblem> {
        // Deals and reviews as Debrief writes them skip JSONDecoder, by far the largest cost of a cold
        // start; anything else, and every error, is the general path's.
        if data.count <= maximumFileSize, let record = RecordFastDecoding.decode(type, from: data) { return .success(record) }
        return decode(type, currentVersion: R.currentSchemaVersion, version: \.schemaVersion, from: data, path: path)
    }

    /// Works for any versioned Codable, so question sets share the same checks as records.
    public static func decode<T: Decodable>(_ type: T.Type, currentVersion: Int, version: (T) -> Int, from data: Data, path: String) -> Result<T, LoadProblem> {
        func problem(_ reason: String) -> Result<T, LoadProblem> { .failure(LoadProblem(path: path, reason: reason)) }
        if data.isEmpty { return problem("the file is empty") }
        if data.count > maximumFileSize { return problem(tooBigReason(bytes: Int64(data.count))) }
        // Foundation's decoder takes bytes that are not JSON (a byte that is not UTF-8 inside text): a
        // damaged file must be refused with its place, never read as a slightly different record.
        if let failure = JSONSyntaxCheck.firstError(in: data) {
            return problem("is not valid JSON (at line \(failure.line), column \(failure.column): \(failure.message))")
        }
        let decoder = RecordCoding.decoder()
        // The common case in one pass; only a failure pays for the header read that explains it.
        do {
            let record = try decoder.decode(T.self, from: data)
            let found = version(record)
            if found > currentVersion { return problem(newerSchema(found, currentVersion)) }
            if found < 1 { return problem("has an unknown schemaVersion \(found)") }
            // A number no arithmetic may meet (a revision of Int.max traps at the next `+ 1`).
            if let stored = record as? any StoredRecord, let reason = RecordNumberRange.problem(in: stored) { return problem(reason) }
            // Version 1 is the first schema; when a version 2 arrives, older files are migrated here, in memory only.
            return .success(record)
        } catch {
            guard let header = try? decoder.decode(SchemaHeader.self, from: data) else {
                return problem(describe(error, in: data))
            }
            guard let found = header.schemaVersion else { return problem("has no schemaVersion; it was not written by Debrief") }
            if found > currentVersion { return problem(newerSchema(found, currentVersion)) }
            return problem(describe(error, in: data))
        }
    }

    /// Why a file over `maximumFileSize` is refused (before it is read, when its size says so).
    static func tooBigReason(bytes: Int64) -> String {
        let megabytes = bytes / (1 << 20) + (bytes % (1 << 20) == 0 ? 0 : 1)
        return "is \(megabytes) MB, more than the \(maximumFileSize >> 20) MB a Debrief record can be: it is damaged or not a Debrief file. Move it out of the data folder"
    }

    private static func newerSchema(_ version: Int, _ current: Int) -> String {
        "was written by a newer Debrief (schemaVersion \(version); this build reads up to \(current)). Upgrade Debrief to open it"
    }

    /// A reason a person can act on: the field path for shape errors, line and column for syntax errors.
    static func describe(_ error: Error, in data: Data) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return "is not valid JSON" + syntaxLocation(context, in: data)
            }
            return "\(fieldPath(context.codingPath)): \(readable(context.debugDescription))"
        case DecodingError.keyNotFound(let key, let context):
            return "is missing the field \(fieldPath(context.codingPath + [key]))"
        case DecodingError.typeMismatch(let type, let context):
            return "\(fieldPath(context.codingPath)) should be \(describe(type))"
        case DecodingError.valueNotFound(let type, let context):
            return "\(fieldPath(context.codingPath)) is null but should be \(describe(type))"
        default:
            return "cannot be read: \(error.localizedDescription)"
        }
    }

    /// Foundation says "Cannot initialize Outcome from invalid String value wn": name the value, quoted
    /// (it is text from the file) and without the Swift type a person editing the file never sees.
    static func readable(_ debugDescription: String) -> String {
        let marker = " from invalid String value "
        guard debugDescription.hasPrefix("Cannot initialize "), let range = debugDescription.range(of: marker) else {
            return debugDescription
        }
        let value = DisplaySanitizer.singleLine.sanitize(String(debugDescription[range.upperBound...]))
        return "“\(DisplayWidth.truncate(value, toWidth: 40))” is not a value Debrief knows for this field"
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".contains("Array") ? "a list" : "an object"
        }
    }

    private static func fieldPath(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text.isEmpty ? "the top level" : "field '\(text)'"
    }

    private static func syntaxLocation(_ context: DecodingError.Context, in data: Data) -> String {
        guard let failure = JSONSyntaxCheck.firstError(in: data) else { return "" }
        return " (at line \(failure.line), column \(failure.column): \(failure.message))"
    }
}
