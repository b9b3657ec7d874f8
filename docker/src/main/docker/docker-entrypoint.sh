#!/bin/bash
# Starts Keycloak after reading secrets from files: for each NAME below, NAME_FILE (a Docker or
# Compose secret such as /run/secrets/db_password) becomes NAME, holding the file's content less its
# trailing line breaks (\n or \r\n). NAME set directly still works; setting both is an error.
# JSM2FA_KEYCLOAK_HOME (default /opt/keycloak) lets the tests run this script against a stub kc.sh.
set -euo pipefail

keycloak_home="${JSM2FA_KEYCLOAK_HOME:-/opt/keycloak}"

fail() {
  echo "jsm2fa: $1" >&2
  exit 1
}

for name in KC_DB_PASSWORD KC_BOOTSTRAP_ADMIN_PASSWORD; do
  file_name="${name}_FILE"
  file="${!file_name:-}"
  if [[ -z "$file" ]]; then
    continue
  fi
  # Never print a value here: only names and paths reach the log.
  if [[ -v "$name" ]]; then
    fail "both $name and $file_name are set; set only one of them"
  fi
  if [[ ! -f "$file" || ! -r "$file" ]]; then
    fail "$file_name names $file, which is not a file that uid $EUID can read"
  fi
  value="$(<"$file")"
  value="${value%$'\r'}"
  if [[ -z "$value" ]]; then
    fail "$file_name names $file, which is empty"
  fi
  export "$name=$value"
  unset "$file_name"
done
unset value

exec "$keycloak_home/bin/kc.sh" "$@"
