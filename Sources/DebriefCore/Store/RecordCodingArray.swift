import Foundation

extension RecordCoding {
    /// A list of records in the record form, byte for byte what `JSONEncoder` writes for the whole
    /// array: each record encoded on its own (on all cores, through the deal encoder for deals) and
    /// indented one level. `deals --json`, `reviews --json` and the JSON exports of thousands of
    /// records went through one JSONEncoder call, several times the cost of reading the files.
    ///
    /// Indenting is safe on the bytes: in the pretty-printed form a newline is always structure
    /// (newlines inside strings are escaped), so every line but the first gets two more spaces.
    static func encodeArray<R: Encodable & Sendable>(_ records: [R]) throws -> Data {
        if records.isEmpty { return Data("[]\n".utf8) }
        let encoded = ParallelMap.map(records) { record -> Result<Data, EncodingFailure> in
            do { return .success(try encode(record)) } catch { return .failure(EncodingFailure(error: "\(error)")) }
        }
        var out = [UInt8]()
        out.reserveCapacity(encoded.reduce(0) { total, result in total + ((try? result.get().count) ?? 0) * 11 / 10 } + 8)
        out.append(contentsOf: "[\n  ".utf8)
        for (position, result) in encoded.enumerated() {
            let data = try result.get()
            if position > 0 { out.append(contentsOf: ",\n  ".utf8) }
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                // Without the record's own final newline.
                let end = bytes.count > 0 && bytes[bytes.count - 1] == 0x0A ? bytes.count - 1 : bytes.count
                var runStart = 0
                for index in 0..<end where bytes[index] == 0x0A {
                    out.append(contentsOf: bytes[runStart...index])
                    out.append(contentsOf: [0x20, 0x20])
                    runStart = index + 1
                }
                out.append(contentsOf: bytes[runStart..<end])
            }
        }
        out.append(contentsOf: "\n]\n".utf8)
        return Data(out)
    }

    struct EncodingFailure: Error, CustomStringConvertible {
        var error: String
        var description: String { error }
    }
}
