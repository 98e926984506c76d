/* global module, process, require */

/*
 * The dev server's HTTPS certificate. Office loads add-ins over HTTPS only, so `npm run dev-server`
 * needs a certificate for localhost that the browser or Excel trusts.
 */

const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

/*
 * office-addin-dev-certs installs its CA certificate on Linux with `sudo`. A root shell (a container,
 * a fresh VM) often has no sudo and needs none: there, install the same file in the same place directly.
 */
async function installCaAsRoot(devCerts, defaults) {
  if (devCerts.verifyCertificates()) return;
  fs.rmSync(defaults.certificateDirectory, { recursive: true, force: true });
  await devCerts.generateCertificates(
    defaults.caCertificatePath,
    defaults.localhostCertificatePath,
    defaults.localhostKeyPath,
  );
  if (fs.existsSync("/usr/sbin/update-ca-certificates")) {
    const dir = "/usr/local/share/ca-certificates/office-addin-dev-certs";
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(defaults.caCertificatePath, path.join(dir, defaults.caCertificateFileName));
    execFileSync("/usr/sbin/update-ca-certificates", { stdio: "pipe" });
  } else if (fs.existsSync("/usr/sbin/update-ca-trust")) {
    fs.copyFileSync(
      defaults.caCertificatePath,
      "/etc/ca-certificates/trust-source/anchors/office-addin-dev-certs-ca.crt",
    );
    execFileSync("/usr/sbin/update-ca-trust", { stdio: "pipe" });
  }
}

/**
 * Key and certificate for https://localhost: from `--env certificates=DIR` (a folder with localhost.crt
 * and localhost.key, as office-addin-dev-certs writes them) when given, else office-addin-dev-certs'
 * own, made and installed on first use.
 */
async function devServerHttps(env = {}) {
  if (env.certificates) {
    const read = (file) => fs.readFileSync(path.resolve(env.certificates, file));
    return { key: read("localhost.key"), cert: read("localhost.crt") };
  }
  // Required lazily: building must work on machines without the dev certificates.
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  if (process.platform === "linux" && process.getuid?.() === 0) {
    await installCaAsRoot(devCerts, defaults);
  }
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    if (process.platform !== "linux") throw error;
    throw new Error(
      `${error.message}\nThe one manual step: as root, copy ${defaults.caCertificatePath} into ` +
        "/usr/local/share/ca-certificates/office-addin-dev-certs/ and run update-ca-certificates; " +
        "or give a certificate of your own with --env certificates=DIR (docs/first-run.md).",
    );
  }
}

module.exports = { devServerHttps };
