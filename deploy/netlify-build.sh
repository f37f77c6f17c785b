#!/usr/bin/env bash
# Netlify's build: installs the .NET 10 SDK with Microsoft's install script when the image lacks it, then
# builds the digest into output/. Deploy previews (pull requests) include drafts and future-dated entries
# and use the preview's own address, so every link and feed works there.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q '^10\.'; then
  export DOTNET_ROOT="$HOME/.dotnet"
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$DOTNET_ROOT"
  export PATH="$DOTNET_ROOT:$PATH"
fi

args=(build --input input --theme theme --output output)
if [ "${CONTEXT:-production}" = "deploy-preview" ] || [ "${CONTEXT:-production}" = "branch-deploy" ]; then
  args+=(--drafts --base-url "${DEPLOY_PRIME_URL:-${DEPLOY_URL}}")
fi

dotnet run --project src/PaperDigest.Cli -c Release -- "${args[@]}"
