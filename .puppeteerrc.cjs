/** whatsapp-web.js drives the system Chromium (WHATSAPP_CHROMIUM_PATH); never download one at install. */
module.exports = { skipDownload: true };
