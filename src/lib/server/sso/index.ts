// Single sign-on with OpenID Connect, per organisation.
export { ssoSettings, saveSsoSettings, ssoSettingsAccess, redirectUri } from './settings';
export { startSsoSignIn, finishSsoSignIn, newBrowserBinding } from './flow';
export { passwordSignInRefused } from './policy';
export { SsoConfigInput } from './schemas';
export { SSO_COOKIE, SSO_ERRORS, type SsoError, ssoErrorOf, setBindingCookie } from './routes';
