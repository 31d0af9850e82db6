import Foundation

/// Deal and review files read straight from their bytes, for start-ups that read thousands of them:
/// `JSONDecoder` was nearly all of a cold start's CPU time.
///
/// The contract: a value returned here is the value `RecordDecoding`'s general path (JSONDecoder
/// plus the schema checks) gives for the same bytes, field for field. Anything the fast path does
/// not fully understand gives nil, and the general path decides, with its error messages.
/// `RecordFastDecodingTests` and `RecordFastDecodingFuzzTests` hold the two paths to that.
enum RecordFastDecoding {
    static func decode<R: StoredRecord>(_ type: R.Type, from data: Data) -> R? {
        if R.self == Deal.self { return read(data, with: RecordFastDecodingDeal.decode) as? R }
        if R.self == Review.self { return read(data, with: RecordFastDecodingReview.decode) as? R }
        return nil
    }

    private static func read<R: StoredRecord>(_ data: Data, with decode: (inout RecordFastJSONReader) throws(RecordFastPathMiss) -> R) -> R? {
        data.withUnsafeBytes { bytes -> R? in
            var reader = RecordFastJSONReader(bytes)
            guard let record = try? decode(&reader), (try? reader.end()) != nil else { return nil }
            // Files of other schema versions are the general path's to refuse or migrate.
            guard record.schemaVersion == R.currentSchemaVersion else { return nil }
            // Numbers out of range are the general path's to refuse, with its message.
            guard RecordNumberRange.problem(in: record) == nil else { return nil }
            return record
        }
    }
}
