-- Headless Neovim 0.7 config: start the iptables language server with the built-in LSP client,
-- attach it to the opened file, wait for diagnostics, ask for a hover, write what came back as JSON.
-- Run as: nvim --headless -n -i NONE -u lsp-check.lua FILE   (environment below)
--   IPT_NODE    node binary             IPT_SERVER  server/out/server.js
--   IPT_OUT     JSON result file        IPT_HOVER_LINE / IPT_HOVER_CHAR  0-based hover position
--   IPT_WAIT_MS how long to wait for each answer
-- 0.7 has no vim.lsp.start, hence start_client + buf_attach_client.

local env = vim.env
local wait_ms = tonumber(env.IPT_WAIT_MS or '10000')
local result = { diagnostics = {}, hover = nil, events = {} }

local function log(msg)
  table.insert(result.events, string.format('%.0f ms %s', vim.loop.hrtime() / 1e6, msg))
end

local function write_and_quit(code)
  local f = assert(io.open(env.IPT_OUT, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(code == 0 and 'qall!' or 'cquit! ' .. code)
end

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  local got_diagnostics = false

  local client_id = vim.lsp.start_client({
    name = 'iptables',
    cmd = { env.IPT_NODE, env.IPT_SERVER, '--stdio' },
    root_dir = vim.fn.getcwd(),
    handlers = {
      -- Our own handler keeps the raw LSP diagnostics (with their codes) for the test to read.
      ['textDocument/publishDiagnostics'] = function(err, params)
        if err then result.diagnostics_error = tostring(err.message or err) return end
        if #params.diagnostics > 0 then
          result.diagnostics = params.diagnostics
          got_diagnostics = true
          log('diagnostics: ' .. #params.diagnostics)
        end
      end,
    },
    on_exit = function(code, signal) log('server exited ' .. tostring(code) .. '/' .. tostring(signal)) end,
  })
  if not client_id then
    result.error = 'start_client failed'
    return write_and_quit(1)
  end
  result.attached = vim.lsp.buf_attach_client(bufnr, client_id)
  log('attached ' .. tostring(result.attached))

  result.diagnostics_timed_out = not vim.wait(wait_ms, function() return got_diagnostics end, 20)

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = tonumber(env.IPT_HOVER_LINE), character = tonumber(env.IPT_HOVER_CHAR) },
  }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, wait_ms)
  if not responses then
    result.hover = { request_error = tostring(err) }
  else
    local r = responses[client_id] or {}
    -- json_encode cannot write vim.NIL inside tables as null reliably in 0.7: keep a flag instead.
    result.hover = {
      answered = responses[client_id] ~= nil,
      error = r.err and (r.err.message or tostring(r.err)) or nil,
      is_null = r.result == nil or r.result == vim.NIL,
      result = (r.result ~= vim.NIL) and r.result or nil,
    }
  end
  log('hover done')

  vim.lsp.stop_client(client_id)
  write_and_quit(0)
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(run)
    if not ok then
      result.error = tostring(err)
      write_and_quit(1)
    end
  end,
})
