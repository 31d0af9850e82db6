#!/usr/bin/env python3
"""Writes a Salesforce opportunity export of N closed deals, for measuring imports at scale.

usage: scripts/generate-crm-csv.py ROWS OUT.csv

The shape is the one in ../shared/crm-samples/salesforce-opportunities.csv: quoted cells, US dates,
18-character opportunity ids; every tenth deal carries a multi-line note with accents, so quoted line
breaks and UTF-8 run through the whole file. Deterministic: the same ROWS gives the same bytes.
"""
import sys

HEADER = ["Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Amount", "Close Date",
          "Created Date", "Lead Source", "Type", "Opportunity ID", "Loss Reason", "Primary Competitor",
          "Next Step", "Description"]
OWNERS = ["Dana Whitfield", "Marcus Oyelaran", "Priya Raman", "Lena Vogt", "Tomás Herrera", "Kenji Watanabe"]
SOURCES = ["Partner Referral", "Web", "Trade Show", "Outbound"]
TYPES = ["New Customer", "Existing Customer - Upgrade"]
LOSSES = ["Price", "Lost to competitor", "No budget", "Timing"]
COMPETITORS = ["Samsara", "Epic Systems", "", "Cisco Meraki"]


def quoted(cell):
    return '"' + cell.replace('"', '""') + '"'


def row(index):
    won = index % 3 != 0
    month, day = 1 + index % 12, 1 + index % 28
    created_month = 1 + (index // 12) % month if month > 1 else 1
    note = ""
    if index % 10 == 0:
        note = f"Call with the café owner, \"good fit\".\r\nFollow-up {index}: budget signed off."
    cells = [
        OWNERS[index % len(OWNERS)], f"Account {index % 5000} GmbH", f"Account {index % 5000} - Project {index}",
        "Closed Won" if won else "Closed Lost", str(1000 + (index * 37) % 250000),
        f"{month:02d}/{day:02d}/2026", f"{created_month:02d}/01/2026",
        SOURCES[index % len(SOURCES)], TYPES[index % len(TYPES)], f"0065g{index:010d}AAA",
        "" if won else LOSSES[index % len(LOSSES)], COMPETITORS[index % len(COMPETITORS)], "", note,
    ]
    return ",".join(quoted(c) for c in cells) + "\r\n"


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit("usage: generate-crm-csv.py ROWS OUT.csv")
    rows = int(sys.argv[1])
    with open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
        out.write(",".join(quoted(h) for h in HEADER) + "\r\n")
        for index in range(rows):
            out.write(row(index))


if __name__ == "__main__":
    main()
