module.exports = () => ({
  auth: { secret: 'parity-admin-jwt-secret' },
  apiToken: { salt: 'parity-api-token-salt' },
  transfer: { token: { salt: 'parity-transfer-token-salt' } },
  secrets: { encryptionKey: 'parity-encryption-key-32-characters' },
});
