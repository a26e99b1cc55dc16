import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** The centre's tables, as the query layer sees them. */
export interface Tables {
  submission: {
    id: string;
    /** SHA-256 of the receipt, hex: the receipt itself is never stored. */
    receipt_hash: string;
    document: Json<unknown>;
    received_at: Timestamp;
  };
  consent: {
    submission_id: string;
    purpose: string;
    text_version: string;
    given_at: Timestamp;
    withdrawn_at: Timestamp | null;
  };
  staff: {
    id: Generated<number>;
    email: string;
    role: 'analyst' | 'admin';
    password_hash: string;
    created_at: Timestamp;
  };
  session: {
    token_hash: string;
    staff_id: number;
    csrf_token: string;
    created_at: Timestamp;
    expires_at: Timestamp;
  };
  release: {
    id: string;
    published_at: Timestamp;
    k: number;
    document: Json<unknown>;
    suppressed: Json<unknown>;
    published_by: number;
  };
  release_cell: {
    release_id: string;
    cell_key: string;
    members: Json<string[]>;
  };
  audit: {
    id: Generated<number>;
    at: Timestamp;
    staff_id: number | null;
    action: string;
    detail: Json<unknown>;
  };
}
