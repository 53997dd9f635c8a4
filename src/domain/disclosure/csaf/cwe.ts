// Weaknesses a PSIRT can name on an advisory: the ones IoT devices most often have. CSAF 2.0 needs the CWE
// name exactly as MITRE writes it (mandatory test 6.1.11), so the names are fixed here and checked in the tests
// against the CWE list the BSI validator carries.
export const CWES = [
  { id: 'CWE-20', name: 'Improper Input Validation' },
  { id: 'CWE-22', name: "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')" },
  { id: 'CWE-78', name: "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')" },
  { id: 'CWE-79', name: "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')" },
  { id: 'CWE-89', name: "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')" },
  { id: 'CWE-120', name: "Buffer Copy without Checking Size of Input ('Classic Buffer Overflow')" },
  { id: 'CWE-125', name: 'Out-of-bounds Read' },
  { id: 'CWE-200', name: 'Exposure of Sensitive Information to an Unauthorized Actor' },
  { id: 'CWE-259', name: 'Use of Hard-coded Password' },
  { id: 'CWE-284', name: 'Improper Access Control' },
  { id: 'CWE-287', name: 'Improper Authentication' },
  { id: 'CWE-295', name: 'Improper Certificate Validation' },
  { id: 'CWE-306', name: 'Missing Authentication for Critical Function' },
  { id: 'CWE-307', name: 'Improper Restriction of Excessive Authentication Attempts' },
  { id: 'CWE-311', name: 'Missing Encryption of Sensitive Data' },
  { id: 'CWE-312', name: 'Cleartext Storage of Sensitive Information' },
  { id: 'CWE-319', name: 'Cleartext Transmission of Sensitive Information' },
  { id: 'CWE-327', name: 'Use of a Broken or Risky Cryptographic Algorithm' },
  { id: 'CWE-347', name: 'Improper Verification of Cryptographic Signature' },
  { id: 'CWE-352', name: 'Cross-Site Request Forgery (CSRF)' },
  { id: 'CWE-400', name: 'Uncontrolled Resource Consumption' },
  { id: 'CWE-416', name: 'Use After Free' },
  { id: 'CWE-494', name: 'Download of Code Without Integrity Check' },
  { id: 'CWE-522', name: 'Insufficiently Protected Credentials' },
  { id: 'CWE-787', name: 'Out-of-bounds Write' },
  { id: 'CWE-798', name: 'Use of Hard-coded Credentials' },
  { id: 'CWE-862', name: 'Missing Authorization' },
  { id: 'CWE-918', name: 'Server-Side Request Forgery (SSRF)' },
  { id: 'CWE-1188', name: 'Initialization of a Resource with an Insecure Default' },
  { id: 'CWE-1391', name: 'Use of Weak Credentials' },
] as const;

export const CWE_IDS = CWES.map((c) => c.id);
export type CweId = (typeof CWES)[number]['id'];

export function cweById(id: string): { id: string; name: string } | null {
  return CWES.find((c) => c.id === id) ?? null;
}
