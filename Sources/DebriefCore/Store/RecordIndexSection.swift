/// One record file as the index remembers it: its name, its stamp when it was read, and the record.
struct RecordIndexEntry<R: Sendable>: Sendable {
    var name: String
    var stamp: RecordIndexFileStamp
    var record: R
}

/// The files of one folder (deals or reviews) as the index remembers them, in name order. Kept as
/// parallel arrays so that a load where nothing changed hands the decoded records on as they are:
/// copying a hundred thousand deals costs more than decoding them did.
struct RecordIndexSection<R: Sendable>: Sendable, RandomAccessCollection {
    private(set) var names: [String] = []
    private(set) var stamps: [RecordIndexFileStamp] = []
    private(set) var records: [R] = []

    init() {}

    init(names: [String], stamps: [RecordIndexFileStamp], records: [R]) {
        precondition(names.count == stamps.count && names.count == records.count, "a section's arrays go together")
        self.names = names
        self.stamps = stamps
        self.records = records
    }

    init(_ entries: [RecordIndexEntry<R>]) {
        for entry in entries { append(entry) }
    }

    mutating func reserveCapacity(_ count: Int) {
        names.reserveCapacity(count)
        stamps.reserveCapacity(count)
        records.reserveCapacity(count)
    }

    mutating func append(_ entry: RecordIndexEntry<R>) {
        names.append(entry.name)
        stamps.append(entry.stamp)
        records.append(entry.record)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { names.count }

    subscript(position: Int) -> RecordIndexEntry<R> {
        RecordIndexEntry(name: names[position], stamp: stamps[position], record: records[position])
    }
}
