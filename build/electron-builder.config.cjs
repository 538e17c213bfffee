// electron-builder configuration: `npm run dist` builds installers for the current platform
// (Linux AppImage + deb, macOS dmg, Windows NSIS). Nothing is ever published from here.
// Main and preload are bundled by electron-vite, so the package holds out/ and package.json only.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'io.github.djstack.stack-builder',
  productName: 'Django Stack Builder',
  executableName: 'django-stack-builder',
  copyright: 'Copyright © 2026 Django Stack Builder contributors',
  directories: { buildResources: 'build', output: 'release/${version}' },
  files: ['out/**/*', 'package.json', '!**/*.map', '!node_modules/**/*'],
  asar: true,
  npmRebuild: false,
  publish: null,

  // Electron fuses, flipped in the packaged binary (Electron's security checklist):
  electronFuses: {
    runAsNode: false, // ELECTRON_RUN_AS_NODE cannot turn the app into a Node interpreter
    enableNodeCliInspectArguments: false, // no --inspect / --inspect-brk debugger attach
    enableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS is ignored
    enableEmbeddedAsarIntegrityValidation: true, // a tampered app.asar refuses to load (macOS, Windows)
    onlyLoadAppFromAsar: true, // no app/ folder next to the asar can replace the code
    enableCookieEncryption: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false, // the renderer is served from app://, never file://
  },

  fileAssociations: [
    {
      ext: 'djstack',
      name: 'Django Stack diagram',
      description: 'Django Stack Builder diagram',
      mimeType: 'application/x-djstack+json',
      icon: 'djstack-file', // build/djstack-file.icns and build/djstack-file.ico
      role: 'Editor',
    },
  ],

  mac: {
    target: ['dmg'],
    icon: 'build/icon.icns',
    category: 'public.app-category.developer-tools',
    hardenedRuntime: true,
  },
  dmg: { title: '${productName} ${version}' },

  win: { target: ['nsis'], icon: 'build/icon.ico' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Autosaves and the recent list live in the user's data folder: an uninstall keeps them.
    deleteAppDataOnUninstall: false,
    installerIcon: 'build/icon.ico',
    uninstallerIcon: 'build/icon.ico',
  },

  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons/png',
    category: 'Development',
    synopsis: 'Plan a Django stack on a canvas and export pinned requirements and settings',
    maintainer: 'Django Stack Builder contributors',
    vendor: 'Django Stack Builder contributors',
    desktop: { entry: { StartupWMClass: 'Django Stack Builder' } },
  },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  deb: { artifactName: '${name}_${version}_${arch}.${ext}' },
};
